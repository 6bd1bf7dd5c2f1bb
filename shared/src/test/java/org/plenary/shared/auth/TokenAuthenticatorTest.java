package org.plenary.shared.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenAuthenticatorTest {

    @Test
    void devTokensAuthenticateOnlyWhenEnabled() {
        TokenAuthenticator local = new TokenAuthenticator(true, Map.of());
        TokenAuthenticator production = new TokenAuthenticator(false, Map.of());

        assertThat(local.authenticate("dev:BRA")).contains("BRA");
        assertThat(local.authenticate("dev:SECRETARIAT")).contains("SECRETARIAT");
        assertThat(local.authenticate("dev:XYZ")).isEmpty();
        assertThat(production.authenticate("dev:BRA")).isEmpty();
        assertThat(production.authenticate("dev:SECRETARIAT")).isEmpty();
    }

    @Test
    void devTokensAreAcceptedInTheirExactFormsOnly() {
        TokenAuthenticator local = new TokenAuthenticator(true, Map.of());

        assertThat(local.authenticate("dev:fra")).isEmpty();
        assertThat(local.authenticate("dev:secretariat")).isEmpty();
        assertThat(local.authenticate("dev:Secretariat")).isEmpty();
        assertThat(local.authenticate("dev:BRA ")).isEmpty();
        assertThat(local.authenticate("dev:BRA\t")).isEmpty();
        assertThat(local.authenticate("dev: BRA")).isEmpty();
        assertThat(local.authenticate(" dev:BRA")).isEmpty();
        assertThat(local.authenticate("DEV:BRA")).isEmpty();
        assertThat(local.authenticate("dev:BRAZ")).isEmpty();
        assertThat(local.authenticate("dev:")).isEmpty();
    }

    @Test
    void realTokensAreMatchedByDigest() {
        TokenAuthenticator authenticator = new TokenAuthenticator(false,
                Map.of(TokenAuthenticator.sha256("s3cret-brazil"), "BRA"));

        assertThat(authenticator.authenticate("s3cret-brazil")).contains("BRA");
        assertThat(authenticator.authenticate("s3cret-brazi")).isEmpty();
        assertThat(authenticator.authenticate("")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
    }

    @Test
    void tokenFileListsDigestsAndActors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, "# tokens\n\n" + TokenAuthenticator.sha256("abc") + " fra\n"
                + TokenAuthenticator.sha256("xyz") + " SECRETARIAT\n");
        TokenAuthenticator authenticator = new TokenAuthenticator(false, TokenAuthenticator.readDigestFile(file));

        assertThat(authenticator.authenticate("abc")).contains("FRA");
        assertThat(authenticator.authenticate("xyz")).contains("SECRETARIAT");
    }

    @Test
    void malformedTokenFileSaysWhichLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, "# ok\nnot-a-digest BRA\n");
        assertThatThrownBy(() -> TokenAuthenticator.readDigestFile(file))
                .hasMessageContaining("line 2");
    }

    @Test
    void tokensForUnknownActorsAreRefusedAtStart() {
        assertThatThrownBy(() -> new TokenAuthenticator(false, Map.of(TokenAuthenticator.sha256("a"), "XYZ")))
                .hasMessageContaining("XYZ");
    }
}
