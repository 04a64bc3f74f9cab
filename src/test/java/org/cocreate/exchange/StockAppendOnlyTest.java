package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;

/**
 * Stock changes only through movements: no repository of the exchange can delete or bulk-update, and the
 * movements' and lines' repositories can only insert and read.
 */
class StockAppendOnlyTest {

    @Test
    void noRepositoryOfTheExchangeDeletesOrUpdatesAndMovementsAreInsertOnly() {
        List<Class<?>> repositories = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cocreate.exchange").stream()
                .filter(c -> c.isInterface() && c.isAssignableTo(Repository.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
        assertThat(repositories).contains(StockMovementRepository.class, ExchangeItemRepository.class,
                RedemptionRepository.class, RedemptionLineRepository.class);
        for (Class<?> repository : repositories) {
            assertThat(CrudRepository.class.isAssignableFrom(repository))
                    .as("%s must not inherit CRUD deletes", repository.getSimpleName()).isFalse();
            for (Method method : repository.getMethods()) {
                String name = method.getName().toLowerCase();
                assertThat(name).as("%s.%s", repository.getSimpleName(), method.getName())
                        .doesNotStartWith("delete").doesNotStartWith("remove").doesNotStartWith("update");
                assertThat(method.isAnnotationPresent(Modifying.class)).isFalse();
                Query query = method.getAnnotation(Query.class);
                if (query != null) {
                    assertThat(query.value().trim().toLowerCase()).startsWith("select");
                }
            }
        }
        for (Class<?> insertOnly : List.of(StockMovementRepository.class, RedemptionLineRepository.class)) {
            assertThat(Arrays.stream(insertOnly.getMethods()).map(Method::getName))
                    .allSatisfy(n -> assertThat(n).matches("save|find.*|sums.*|count"));
        }
        assertThat(StockMovement.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(RedemptionLine.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }
}
