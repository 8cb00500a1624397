package org.opendisclosure.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path directory;

    @Test
    void aTokenVerifiesWithThePublicKeyKeptBesideTheSigningKeyAndCarriesItsSubjectAndScopes() throws Exception {
        TokenIssuer issuer = TokenIssuer.openOrCreate(directory);
        String token = issuer.issue("county-finance-system", Duration.ofMinutes(5), List.of("write:130624", "write:130625-001"));

        JwtClaims claims = verifier(Files.readString(TokenIssuer.publicKeyFile(directory))).processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("county-finance-system");
        assertThat(claims.getIssuer()).isEqualTo(TokenIssuer.LOCAL_ISSUER);
        assertThat(claims.getStringClaimValue("scope")).isEqualTo("write:130624 write:130625-001");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(300);
    }

    @Test
    void theKeyMadeOnFirstUseIsTheOneUsedAfterwards() throws Exception {
        String first = TokenIssuer.openOrCreate(directory).publicKeyPem();
        TokenIssuer reopened = TokenIssuer.openOrCreate(directory);

        assertThat(reopened.publicKeyPem()).isEqualTo(first);
        String token = reopened.issue("dev", Duration.ofMinutes(1), List.of("write:*"));
        assertThat(verifier(first).processToClaims(token).getSubject()).isEqualTo("dev");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("signing-key.pem")))).isEqualTo("rw-------");
    }

    @Test
    void anotherKeysTokenDoesNotVerify() {
        String token = TokenIssuer.generate().issue("intruder", Duration.ofMinutes(1), List.of("write:*"));

        assertThatThrownBy(() -> verifier(TokenIssuer.generate().publicKeyPem()).processToClaims(token))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void scopesNameEveryDepartmentADivisionPrefixOrOneDepartment() {
        assertThat(WriteScope.parse("write:*").covers("130624", "203")).isTrue();
        assertThat(WriteScope.parse("write:13").covers("130624", "203")).isTrue();
        assertThat(WriteScope.parse("write:130624").covers("130624001", "7")).isTrue();
        assertThat(WriteScope.parse("write:130624").covers("130625", "203")).isFalse();
        assertThat(WriteScope.parse("write:130624-203").covers("130624", "203")).isTrue();
        assertThat(WriteScope.parse("write:130624-203").covers("130624", "2031")).isFalse();
        assertThat(WriteScope.parse("write:130624-203").covers("130624001", "203")).isFalse();
    }

    @Test
    void aScopeOfAnyOtherFormIsRefusedWhenIssued() {
        for (String bad : List.of("write:", "write:1", "write:130", "write:13-203", "write:130624 ", "write:**", "write:130624-")) {
            assertThatThrownBy(() -> WriteScope.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TokenIssuer.generate().issue("x", Duration.ofMinutes(1), List.of(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void scopesThatAreNotAboutWritingPassAsTheyAre() throws Exception {
        TokenIssuer issuer = TokenIssuer.generate();
        String token = issuer.issue("x", Duration.ofMinutes(1), List.of("openid", "write:13"));

        assertThat(verifier(issuer.publicKeyPem()).processToClaims(token).getStringClaimValue("scope")).isEqualTo("openid write:13");
        assertThatThrownBy(() -> issuer.issue("x", Duration.ofMinutes(1), List.of("two words")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static org.jose4j.jwt.consumer.JwtConsumer verifier(String publicPem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(publicPem.replaceAll("-----[A-Z ]+-----", ""));
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(TokenIssuer.LOCAL_ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }
}
