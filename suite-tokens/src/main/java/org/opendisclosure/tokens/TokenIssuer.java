package org.opendisclosure.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs the bearer tokens the services verify, where no OIDC provider issues them: the local run
 * (its key kept in {@code .data/}) and the tests. A token names its subject (recorded with every
 * revision it writes) and its write scopes ({@link WriteScope}) in the standard {@code scope} claim.
 * The services only ever see the public key.
 */
public final class TokenIssuer {

    /** The {@code iss} of the tokens issued here; the services accept it through {@code mp.jwt.verify.issuer}. */
    public static final String LOCAL_ISSUER = "urn:budget-disclosure:local-issuer";

    private static final String PRIVATE_KEY_FILE = "signing-key.pem";
    private static final String PUBLIC_KEY_FILE = "verification-key.pem";

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String issuer;

    private TokenIssuer(RSAPrivateKey privateKey, RSAPublicKey publicKey, String issuer) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.issuer = issuer;
    }

    /** A new key pair, kept in memory only. */
    public static TokenIssuer generate() {
        KeyPair pair = newKeyPair();
        return new TokenIssuer((RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic(), LOCAL_ISSUER);
    }

    /** The key pair of two PEM texts (PKCS#8 private key, X.509 public key). */
    public static TokenIssuer fromPem(String privatePem, String publicPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new TokenIssuer(
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(unpem(privatePem))),
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(unpem(publicPem))),
                    LOCAL_ISSUER);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA key pair in PEM: " + e.getMessage(), e);
        }
    }

    /**
     * The key pair kept in {@code directory}, made there on first use (the private key readable by
     * its owner only, where the file system can say so).
     */
    public static TokenIssuer openOrCreate(Path directory) throws IOException {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        if (!Files.isRegularFile(privateFile) || !Files.isRegularFile(publicFile)) {
            Files.createDirectories(directory);
            TokenIssuer created = generate();
            writeSecret(privateFile, pem("PRIVATE KEY", created.privateKey.getEncoded()));
            Files.writeString(publicFile, created.publicKeyPem(), StandardCharsets.US_ASCII);
            return created;
        }
        try {
            return fromPem(Files.readString(privateFile), Files.readString(publicFile));
        } catch (IllegalArgumentException e) {
            throw new IOException("the signing key in " + directory + " cannot be read (delete both key files to make new ones): "
                    + e.getMessage(), e);
        }
    }

    /** Where {@link #openOrCreate} keeps the public key: what the services are pointed at. */
    public static Path publicKeyFile(Path directory) {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public String issuer() {
        return issuer;
    }

    /**
     * A signed token for {@code subject} with the given scopes, valid for {@code lifetime} (a
     * negative one makes a token that has expired, for tests).
     *
     * @throws IllegalArgumentException a {@code write:} scope that is not a {@link WriteScope}, or a scope with white space
     */
    public String issue(String subject, Duration lifetime, Collection<String> scopes) {
        List<String> checked = scopes.stream().map(scope -> {
            if (scope.startsWith(WriteScope.PREFIX)) {
                return WriteScope.parse(scope).toString();
            }
            if (scope.isEmpty() || scope.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a scope is one word, not \"" + scope + "\"");
            }
            return scope;
        }).toList();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        NumericDate expiry = NumericDate.now();
        expiry.addSeconds(lifetime.toSeconds());
        claims.setExpirationTime(expiry);
        claims.setGeneratedJwtId();
        claims.setClaim("scope", String.join(" ", checked));
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("the token could not be signed", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make RSA keys", e);
        }
    }

    /**
     * Replaces {@code file} with {@code text}, readable by its owner only where the file system
     * can say so: for what signs tokens, and for the tokens themselves.
     */
    public static void writeSecret(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] unpem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
