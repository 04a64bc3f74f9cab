package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * An item the owners vote on: one of the nine matters of article 278 (which fixes its thresholds), its title
 * and text, the proposal it comes from; for an election of the owners' committee, the seats and candidates.
 */
@Entity
@Table(name = "assembly_item")
class AssemblyItem extends AbstractEntity {

    @Column(nullable = false)
    private long assemblyId;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Matter matter;
    @Column(nullable = false)
    private String title;
    private @Nullable String text;
    private @Nullable Long proposalId;
    private @Nullable Integer seats;
    /** The candidates of an election, one per line, in ballot order. */
    private @Nullable String candidates;
    private @Nullable Boolean participationMet;
    private @Nullable Boolean adopted;
    /** The proposal it comes from as the owners are shown it: its title and budget when the item was added. */
    private @Nullable String proposalTitle;
    @Column(name = "budget_fen")
    private org.cocreate.base.@Nullable Money budget;
    /** The majority it needs, fixed at the opening (a {@link Threshold#code()}). */
    private @Nullable String decision;

    protected AssemblyItem() {
        this.matter = Matter.OTHER;
        this.title = "";
    }

    AssemblyItem(long assemblyId, int position, ItemDraft checked) {
        this.assemblyId = assemblyId;
        this.position = position;
        this.matter = java.util.Objects.requireNonNull(checked.matter());
        this.title = java.util.Objects.requireNonNull(checked.title());
        this.text = checked.text();
        this.proposalId = checked.proposalId();
        this.seats = checked.candidates().isEmpty() ? null : checked.seats();
        this.candidates = checked.candidates().isEmpty() ? null : String.join("\n", checked.candidates());
    }

    long getAssemblyId() { return assemblyId; }
    int getPosition() { return position; }
    Matter getMatter() { return matter; }
    String getTitle() { return title; }
    @Nullable String getText() { return text; }
    @Nullable Long getProposalId() { return proposalId; }
    @Nullable Integer getSeats() { return seats; }
    @Nullable String getProposalTitle() { return proposalTitle; }
    org.cocreate.base.@Nullable Money getBudget() { return budget; }

    /** What the owners are shown of the proposal the item comes from. */
    void fromProposal(String title, org.cocreate.base.@Nullable Money proposalBudget) {
        this.proposalTitle = title;
        this.budget = proposalBudget;
    }
    @Nullable Boolean getParticipationMet() { return participationMet; }
    @Nullable Boolean getAdopted() { return adopted; }

    List<String> getCandidates() {
        return candidates == null ? List.of() : Arrays.asList(candidates.split("\n"));
    }

    boolean isElection() {
        return candidates != null;
    }

    /** The majority fixed at the opening; none while in preparation. */
    @Nullable Threshold getDecision() {
        return decision == null ? null : Threshold.ofCode(decision);
    }

    void fixDecision(Threshold majority) {
        this.decision = majority.code();
    }

    void decided(boolean participationMet, boolean adopted) {
        this.participationMet = participationMet;
        this.adopted = adopted;
    }
}
