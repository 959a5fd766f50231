package org.vangnet.base.crypto;

import jakarta.persistence.Converter;

/**
 * JPA converter for a free text about the client (decision 031): stored encrypted like
 * {@link EncryptedString}, but read leniently, because pseudonymisation overwrites these columns in
 * SQL with a fixed placeholder in plaintext, which is no personal data.
 */
@Converter
public class EncryptedText extends EncryptedString {

    public EncryptedText(FieldCipher cipher) {
        super(cipher);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decryptIfEncrypted(dbData);
    }
}
