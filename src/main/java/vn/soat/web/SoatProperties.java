package vn.soat.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * soát's own settings ({@code soat.*} in application.yml).
 *
 * @param rulesDir      the rules directory; empty means ./rules when present, else the packaged rules
 * @param maxUploadSize the largest file accepted (also the multipart limit)
 */
@ConfigurationProperties("soat")
public record SoatProperties(String rulesDir, DataSize maxUploadSize) {

    public SoatProperties {
        rulesDir = rulesDir == null ? "" : rulesDir;
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(20) : maxUploadSize;
    }
}
