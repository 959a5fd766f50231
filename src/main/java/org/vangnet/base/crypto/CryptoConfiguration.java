package org.vangnet.base.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.vangnet.base.db.DatabaseMode;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    FieldCipher fieldCipher(Environment environment, DatabaseMode mode) {
        return CryptoKeys.cipher(environment.getProperty("vangnet.crypto.data-key"),
                environment.getProperty("vangnet.crypto.lookup-key"),
                environment.getProperty("vangnet.crypto.retired-data-keys"), mode.isEmbedded(),
                environment.getProperty("vangnet.crypto.key-directory"));
    }
}
