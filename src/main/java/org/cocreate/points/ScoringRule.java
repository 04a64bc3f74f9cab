package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A rule of a scoring standard: what earns (or costs) how many points, with caps per person. */
@Entity
@Table(name = "scoring_rule")
public class ScoringRule extends AbstractEntity {

    @Column(nullable = false)
    private long standardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleCategory category;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;

    /** Per occurrence, or per hour when {@link #perHour}; always positive, the sign comes from {@link #deduction}. */
    @Column(nullable = false)
    private Points points;

    private boolean perHour;
    private @Nullable Integer dailyCap;
    private @Nullable Integer monthlyCap;
    private boolean deduction;
    private boolean needsApproval;

    @Enumerated(EnumType.STRING)
    private @Nullable RuleOccasion occasion;

    /** The rule this one was copied from, across versions of the standard; null: this rule itself. */
    private @Nullable Long lineageId;

    protected ScoringRule() {
        this.category = RuleCategory.ENVIRONMENT;
        this.name = "";
        this.points = Points.ZERO;
    }

    ScoringRule(long standardId, RuleDraft draft) {
        this(standardId, draft, null);
    }

    /** A rule of a new version copied from {@code lineageId}'s line, so that caps carry across versions. */
    ScoringRule(long standardId, RuleDraft draft, @Nullable Long lineageId) {
        this.standardId = standardId;
        this.lineageId = lineageId;
        this.category = RuleCategory.ENVIRONMENT;
        this.name = "";
        this.points = Points.ZERO;
        update(draft);
    }

    public long getStandardId() { return standardId; }
    public RuleCategory getCategory() { return category; }
    public String getName() { return name; }
    public @Nullable String getDescription() { return description; }
    public Points getPoints() { return points; }
    public boolean isPerHour() { return perHour; }
    public @Nullable Integer getDailyCap() { return dailyCap; }
    public @Nullable Integer getMonthlyCap() { return monthlyCap; }
    public boolean isDeduction() { return deduction; }
    public boolean isNeedsApproval() { return needsApproval; }
    public @Nullable RuleOccasion getOccasion() { return occasion; }

    /** The same rule in every version of the standard: caps count grants under all of them. */
    public long getLineageId() { return lineageId != null ? lineageId : id(); }

    void update(RuleDraft draft) {
        this.category = draft.category();
        this.name = draft.name();
        this.description = draft.description();
        this.points = draft.points();
        this.perHour = draft.perHour();
        this.dailyCap = draft.dailyCap();
        this.monthlyCap = draft.monthlyCap();
        this.deduction = draft.deduction();
        this.needsApproval = draft.needsApproval();
        this.occasion = draft.occasion();
    }

    RuleDraft toDraft() {
        return new RuleDraft(category, name, description, points, perHour, dailyCap, monthlyCap, deduction,
                needsApproval, occasion);
    }

    String auditState() {
        return toDraft().toString();
    }
}
