package org.cocreate.assembly.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.Electorate;
import org.cocreate.assembly.ItemEntry;
import org.cocreate.assembly.ItemVote;
import org.cocreate.base.ui.FormDialog;

/**
 * The items of a ballot as a worker fills them in for an owner, on paper at the door or at the meeting's desk:
 * for, against or abstain on each matter, up to the seats' candidates in an election, the earlier ballot
 * preset. A refusal of the service lands at the item it concerns ({@code items.N.choice}).
 */
final class ItemChoices {

    final Map<Long, RadioButtonGroup<Electorate.Choice>> choices = new HashMap<>();
    final Map<Long, CheckboxGroup<String>> marks = new HashMap<>();
    private final AssemblyEntry assembly;
    private final Map<String, HasValidation> fields = new HashMap<>();

    /** Adds a block per item to {@code dialog}, the test ids prefixed by {@code testIds}. */
    ItemChoices(FormDialog dialog, AssemblyEntry assembly, Map<Long, ItemVote> earlier, String testIds) {
        this.assembly = assembly;
        for (int i = 0; i < assembly.items().size(); i++) {
            ItemEntry item = assembly.items().get(i);
            var title = new Span((item.position() + 1) + ". " + item.title());
            title.addClassName("assembly-item-title");
            var block = new Div(title);
            block.addClassName("assembly-written-item");
            ItemVote before = earlier.get(item.id());
            if (item.election()) {
                var marked = new CheckboxGroup<String>();
                marked.setLabel(dialog.getTranslation("assembly.written.candidates", item.seats()));
                marked.setItems(item.candidates());
                if (before != null) {
                    marked.setValue(before.marked().stream().filter(p -> p < item.candidates().size())
                            .map(item.candidates()::get).collect(Collectors.toSet()));
                }
                upToTheSeats(marked, java.util.Objects.requireNonNullElse(item.seats(), 1));
                marked.setTestId(testIds + "-marks-" + item.position());
                marks.put(item.id(), marked);
                fields.put("items." + i + ".choice", marked);
                block.add(marked);
            } else {
                var choice = new RadioButtonGroup<Electorate.Choice>();
                choice.setItems(Electorate.Choice.values());
                choice.setItemLabelGenerator(c -> dialog.getTranslation("assembly.choice." + c.name()));
                choice.addClassName("assembly-written-choice");
                if (before != null) {
                    choice.setValue(before.choice());
                }
                choice.setTestId(testIds + "-choice-" + item.position());
                choices.put(item.id(), choice);
                fields.put("items." + i + ".choice", choice);
                block.add(choice);
            }
            dialog.add(block);
        }
    }

    /**
     * Once as many candidates are marked as there are seats, the others cannot be ticked (the paper's rule, which
     * the service enforces too): un-ticking one frees them again.
     */
    static void upToTheSeats(CheckboxGroup<String> candidates, int seats) {
        com.vaadin.flow.function.SerializablePredicate<String> open = name -> candidates.getValue().contains(name)
                || candidates.getValue().size() < seats;
        candidates.setItemEnabledProvider(open);
        // Setting the provider again redraws the boxes' enabled state (a data refresh would clear the marks).
        candidates.addValueChangeListener(e -> candidates.setItemEnabledProvider(open));
    }

    /** Where the service's refusals go, by the field it names. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    /** Every item in ballot order; one left blank is sent blank, and the service refuses it at its field. */
    List<ItemVote> votes() {
        List<ItemVote> votes = new ArrayList<>();
        for (ItemEntry item : assembly.items()) {
            if (item.election()) {
                Set<Integer> positions = new LinkedHashSet<>();
                marks.get(item.id()).getValue().forEach(name -> positions.add(item.candidates().indexOf(name)));
                votes.add(ItemVote.marking(item.id(), positions));
            } else {
                votes.add(new ItemVote(item.id(), choices.get(item.id()).getValue(), Set.of()));
            }
        }
        return votes;
    }
}
