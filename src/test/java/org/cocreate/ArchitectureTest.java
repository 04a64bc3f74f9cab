package org.cocreate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The layout of STYLE.md, proven: features depend on each other only in the allowed direction, never in
 * a cycle; views never touch repositories; repositories stay inside their feature; every public service
 * method is a transaction.
 */
class ArchitectureTest {

    /** Which features each feature may use. A feature not listed here may not exist yet. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "base", Set.of(),
            "security", Set.of("base"),
            "community", Set.of("base", "security"),
            "points", Set.of("base", "security", "community"),
            "exchange", Set.of("base", "security", "community", "points"),
            "volunteer", Set.of("base", "security", "community", "points"),
            "proposal", Set.of("base", "security", "community", "points"),
            "meeting", Set.of("base", "security", "community", "proposal", "points"),
            "report", Set.of("base", "security", "community", "points", "exchange", "volunteer", "proposal",
                    "meeting"),
            "assembly", Set.of("base", "security", "community", "proposal", "meeting", "points"));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cocreate");
    }

    @Test
    void featuresDependOnlyOnTheFeaturesTheyMayUse() {
        classes().that().resideInAPackage("org.cocreate.(*)..")
                .should(new ArchCondition<>("depend only on allowed features") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String feature = featureOf(item);
                        Set<String> allowed = ALLOWED.get(feature);
                        if (allowed == null) {
                            events.add(SimpleConditionEvent.violated(item, "feature '" + feature
                                    + "' is not in ArchitectureTest.ALLOWED"));
                            return;
                        }
                        item.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            if (!target.getPackageName().startsWith("org.cocreate.")) {
                                return;
                            }
                            String targetFeature = featureOf(target);
                            if (!targetFeature.equals(feature) && !allowed.contains(targetFeature)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.cocreate.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsNeverUseRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void repositoriesArePrivateToTheirFeature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void noScreenRendersMarkup() throws java.io.IOException {
        // Text a user typed is shown as text: nothing in the app builds components from HTML strings.
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .check(classes);
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return java.nio.file.Files.readString(f).contains("innerHTML");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            org.assertj.core.api.Assertions.assertThat(offenders).isEmpty();
        }
    }

    @Test
    void servicesAreGuardedByPreAuthorizeNotJsr250() {
        // JSR-250 method security is off (see SecurityConfig): a @RolesAllowed on a service would guard nothing.
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .check(classes);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .that().areDeclaredInClassesThat().resideOutsideOfPackage("..ui..")
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .check(classes);
    }

    @Test
    void servicesCheckTheirInputWithChecksNotBeanValidation() {
        // A Bean Validation refusal (ConstraintViolationException) names no field and no translation key,
        // so no form could show it where it belongs: services check their input with base.Checks.
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.validation..")
                .orShould().beAnnotatedWith(org.springframework.validation.annotation.Validated.class)
                .check(classes);
    }

    @Test
    void viewsLiveInUiPackages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
    }

    @Test
    void everyPublicServiceMethodIsATransaction() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..ui..")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void noFeatureReadsTheRegistersTablesButTheRegister() throws java.io.IOException {
        // The other features ask the register's typed read contract (RegisterDirectory), not its tables.
        var registerTables = java.util.regex.Pattern.compile(
                "(?i)\\b(from|join)\\s+(subdistrict|community|compound|building|household|resident\\w*|organisation\\w*)\\b");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/cocreate"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(java.nio.file.Path.of("src/main/java/org/cocreate/community")))
                    .filter(f -> {
                        try {
                            return registerTables.matcher(java.nio.file.Files.readString(f)).find();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            org.assertj.core.api.Assertions.assertThat(offenders).isEmpty();
        }
    }

    @Test
    void repositoriesReturnTypedRowsNotObjectArrays() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
                .should(new ArchCondition<>("return typed rows, not Object[]") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        if (method.getReturnType().getName().contains("Object[]")
                                || method.getRawReturnType().getName().equals("[Ljava.lang.Object;")) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                                    + method.getReturnType().getName()));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void viewsDoNotUseTheRegistersReadContract() {
        // RegisterDirectory checks no role and no community: the other features' services check first.
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.cocreate.community.RegisterDirectory")
                .check(classes);
    }

    @Test
    void whoIsActingIsAskedOneWay() {
        // org.cocreate.base.Actor (and Recorded.now) is the one way; security keeps its own sign-in plumbing.
        noClasses().that().resideOutsideOfPackages("org.cocreate.base..", "org.cocreate.security..")
                .should().callMethod(org.springframework.security.core.Authentication.class, "getName")
                .check(classes);
    }

    @Test
    void everyPublicServiceMethodIsGuardedByPreAuthorize() {
        // Hiding a button is not security: each public method of a service says who may call it. What must
        // run before anybody signs in is not a public service method, or says permitAll() and why.
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..ui..")
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .orShould().beDeclaredInClassesThat()
                .areAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(classes);
    }

    @Test
    void everyUploadStopsAtItsLimitOnTheServer() {
        // Vaadin's own handlers read the whole body before its size is known (issue 10): one handler for all.
        noClasses().that().doNotHaveFullyQualifiedName(org.cocreate.base.ui.LimitedUploadHandler.class.getName())
                .should().callConstructor(com.vaadin.flow.component.upload.Upload.class,
                        com.vaadin.flow.server.streams.UploadHandler.class)
                .orShould().callConstructor(com.vaadin.flow.component.upload.Upload.class)
                .orShould().dependOnClassesThat().haveNameMatching(
                        "com\\.vaadin\\.flow\\.server\\.streams\\.(InMemory|File|TemporaryFile)UploadHandler")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "UploadHandler.inMemory, toFile or toTempFile", call -> call.getTargetOwner()
                                .isEquivalentTo(com.vaadin.flow.server.streams.UploadHandler.class)
                                && call.getName().matches("inMemory|toFile|toTempFile")))
                .check(classes);
    }

    @Test
    void screensFollowLiveEventsOnlyThroughLiveScreen() {
        // base.ui.LiveScreen: subscribed on attach, removed on detach, applied with UI.access; a screen that
        // subscribes by hand forgets one of the three sooner or later.
        noClasses().that().resideInAPackage("org.cocreate..ui..")
                .and().doNotHaveFullyQualifiedName(org.cocreate.base.ui.LiveScreen.class.getName())
                .should().callMethod(org.cocreate.base.LiveEvents.class, "subscribe", Class.class, long.class,
                        java.util.function.Consumer.class)
                .check(classes);
    }

    @Test
    void datesAreFormattedOnlyByFormats() {
        // One set of formats per language (base.ui.Formats): no screen builds a date pattern of its own.
        noClasses().that().doNotHaveFullyQualifiedName(org.cocreate.base.ui.Formats.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "DateTimeFormatter.ofPattern or ofLocalized...", call -> call.getTargetOwner()
                                .isEquivalentTo(java.time.format.DateTimeFormatter.class)
                                && call.getName().matches("ofPattern|ofLocalized.*")))
                .check(classes);
    }

    @Test
    void dialogsAreBuiltOneWay() {
        // base.ui.FormDialog: title, content, Cancel and the primary action, a refusal kept open at its field.
        noClasses().that().doNotHaveFullyQualifiedName(org.cocreate.base.ui.FormDialog.class.getName())
                .should().callConstructorWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a constructor of Vaadin's Dialog", call -> call.getTargetOwner()
                                .isEquivalentTo(com.vaadin.flow.component.dialog.Dialog.class)))
                .check(classes);
    }

    @Test
    void formsHaveOneShape() {
        // base.ui.RecordForm: a binder over the record the service takes, refusals shown at their fields.
        classes().that().haveSimpleNameEndingWith("Form").and().resideInAPackage("org.cocreate..ui..")
                .and().doNotHaveFullyQualifiedName(org.cocreate.base.ui.RecordForm.class.getName())
                .should().beAssignableTo(org.cocreate.base.ui.RecordForm.class)
                .check(classes);
        noClasses().that().resideInAPackage("org.cocreate..ui..")
                .and().doNotHaveFullyQualifiedName(org.cocreate.base.ui.RecordForm.class.getName())
                .should().callConstructorWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a constructor of Vaadin's Binder", call -> call.getTargetOwner()
                                .isAssignableTo(com.vaadin.flow.data.binder.Binder.class)))
                .because("a form is a RecordForm; other screens' fields are checked by their dialogs")
                .check(classes);
    }

    private static String featureOf(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring("org.cocreate.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
