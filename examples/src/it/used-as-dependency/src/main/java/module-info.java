/**
 * The example application as a named module: a JPMS consumer that depends only on the BOM's
 * artifacts must compile and run on the module path (issue 14).
 */
module com.example.app {
  requires org.justicekit.scoring;
  requires org.justicekit.officials;

  exports com.example.app;
}
