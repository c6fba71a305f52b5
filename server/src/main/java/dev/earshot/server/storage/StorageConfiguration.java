package dev.earshot.server.storage;

import dev.earshot.server.system.EarshotHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    BlobStore blobStore(EarshotHome home) {
        return new FileSystemBlobStore(home.folder("blobs"));
    }
}
