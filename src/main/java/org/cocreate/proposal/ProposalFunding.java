package org.cocreate.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cocreate.base.Money;
import org.jspecify.annotations.Nullable;

/** A funding source of a proposal's budget; replaced as a whole when the budget changes. */
@Entity
@Table(name = "proposal_funding")
class ProposalFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long proposalId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingSource source;
    private @Nullable String sponsor;
    @Column(name = "amount_fen", nullable = false)
    private Money amount;

    protected ProposalFunding() {
        this.source = FundingSource.OTHER;
        this.amount = Money.ZERO;
    }

    ProposalFunding(long proposalId, FundingSource source, @Nullable String sponsor, Money amount) {
        this.proposalId = proposalId;
        this.source = source;
        this.sponsor = sponsor;
        this.amount = amount;
    }

    Funding toFunding() {
        return new Funding(source, sponsor, amount);
    }
}
