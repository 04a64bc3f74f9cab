package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The two languages stay complete: both files have the same keys, every key the code names exists,
 * every enum shown to users has a text for each value, and no Java source outside the demo data and the
 * import templates carries Chinese text (which would be a string users read that is not translated).
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A string literal that looks like a key: lower-case first segment, then dotted segments. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /**
     * Files whose Chinese text is data, not screen text: the demo's names, the column names and words
     * that residents' own spreadsheets use, and the stored name of the first admin.
     */
    private static final Set<String> CJK_ALLOWED = Set.of("RegisterDemoData.java", "ImportColumn.java",
            "ImportVocabulary.java", "ResidentImportService.java", "ProductionSetup.java",
            "PointsDemoData.java", "ExchangeDemoData.java", "ProposalDemoData.java", "MeetingDemoData.java",
            "VolunteerDemoData.java", "AssemblyDemoData.java", "ImportRegister.java", "PropertyImportColumn.java",
            "PropertyDemoData.java");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        Properties en = load("vaadin-i18n/translations_en.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(zh).isNotEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // Branches append keys at the end of the files; a key added twice would silently keep the last text.
        for (String file : List.of("translations_zh_CN.properties", "translations_en.properties")) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources/vaadin-i18n", file)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("!"))
                    .map(line -> line.split("=", 2)[0].trim()).toList();
            Set<String> seen = new TreeSet<>();
            List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void noTranslationIsEmpty() {
        for (String file : List.of("vaadin-i18n/translations_zh_CN.properties", "vaadin-i18n/translations_en.properties")) {
            Properties texts = load(file);
            texts.stringPropertyNames().forEach(key ->
                    assertThat(texts.getProperty(key)).as(file + ": " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        Set<String> prefixes = new TreeSet<>();
        zh.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String candidate = matcher.group(1);
                    boolean looksLikeKey = prefixes.stream().anyMatch(candidate::startsWith);
                    if (looksLikeKey && !zh.containsKey(candidate) && !isPrefixOfKeys(zh, candidate)) {
                        missing.add(file.getFileName() + ": " + candidate);
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing in the translations").isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasATextForEachValue() throws Exception {
        Properties zh = load("vaadin-i18n/translations_zh_CN.properties");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        List<String> missing = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.cocreate")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Method translationKey;
            try {
                translationKey = type.getMethod("translationKey");
            } catch (NoSuchMethodException notShownToUsers) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String key = (String) translationKey.invoke(constant);
                if (!zh.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void javaSourcesCarryNoChineseTextOutsideData() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (CJK_ALLOWED.contains(file.getFileName().toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    boolean comment = line.startsWith("*") || line.startsWith("//") || line.startsWith("/*");
                    if (!comment && CJK.matcher(line).find()) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }
        assertThat(offenders).as("user-visible Chinese text belongs in translations_zh_CN.properties").isEmpty();
    }

    private static boolean isPrefixOfKeys(Properties texts, String candidate) {
        // "tag." + name() style: the literal is the start of a family of keys.
        // "import.template.help" + line: numbered keys.
        return candidate.endsWith(".") || texts.stringPropertyNames().stream().anyMatch(k -> k.startsWith(candidate + ".")
                || (k.startsWith(candidate) && k.substring(candidate.length()).matches("\\d+")));
    }

    static Properties load(String resource) {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:" + resource)
                .getInputStream()) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
