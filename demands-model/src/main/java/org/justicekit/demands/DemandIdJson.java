package org.justicekit.demands;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/** Writes a demand as its id and reads it back through the catalog in the reading context. */
final class DemandIdJson {
  private DemandIdJson() {}

  static final class Writer extends JsonSerializer<Demand> {
    @Override
    public void serialize(Demand value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.id());
    }
  }

  static final class Reader extends JsonDeserializer<Demand> {
    @Override
    public Demand deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String id = p.getValueAsString();
      if (id == null) {
        return ctxt.reportInputMismatch(Demand.class, "demand must be a demand id string");
      }
      Object attribute = ctxt.getAttribute(DemandCatalog.class);
      DemandCatalog catalog =
          attribute instanceof DemandCatalog c ? c : DemandCatalog.standard();
      return catalog.find(id).orElseThrow(() -> new DemandsException("unknown demand id '" + id
          + "' in catalog " + catalog.name() + "; read with the catalog that defines it"));
    }
  }
}
