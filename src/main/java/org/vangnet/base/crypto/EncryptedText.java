package org.vangnet.base.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter for a free text about the client (decision 031): stored encrypted like
 * {@link EncryptedString}, but read leniently, because pseudonymisation overwrites these columns in
 * SQL with a fixed placeholder in plaintext, which is no personal data.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public EncryptedText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decryptIfEncrypted(dbData);
    }
}
