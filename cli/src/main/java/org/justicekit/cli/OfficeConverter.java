package org.justicekit.cli;

import org.justicekit.demands.OfficeType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an office type from the command line (case-insensitive). */
final class OfficeConverter implements ITypeConverter<OfficeType> {
  @Override
  public OfficeType convert(String value) {
    try {
      return OfficeType.of(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
