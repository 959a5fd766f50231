package org.vangnet.base.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter for an encrypted column: the entity holds the plaintext, the table the
 * {@code v1:} form. Its lookup hash, if any, is a separate column the service sets.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    final FieldCipher cipher;

    public EncryptedString(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
