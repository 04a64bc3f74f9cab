package org.cocreate.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.cocreate.base.AbstractEntity;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * 居民: a person living in a household. Most have no account; staff act for them. No ID-card number is
 * kept. The card code is the opaque content of the resident's printed QR card.
 */
@Entity
@Table(name = "resident")
public class Resident extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    private @Nullable Gender gender;

    private @Nullable Integer birthYear;

    private @Nullable String phone;

    private @Nullable String notes;

    @Column(nullable = false, unique = true)
    private String cardCode;

    @Column(nullable = false)
    private String searchKey;

    @Column(nullable = false)
    private LocalDateTime createdAt;

    // Loaded in batches: a list of twenty residents costs one query for their tags, not twenty.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "resident_tag", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "tag")
    @Enumerated(EnumType.STRING)
    private Set<ResidentTag> tags = EnumSet.noneOf(ResidentTag.class);

    protected Resident() {
        this.household = new Household();
        this.name = "";
        this.cardCode = "";
        this.searchKey = "";
        this.createdAt = LocalDateTime.MIN;
    }

    Resident(long communityId, Household household, String name, String cardCode, LocalDateTime createdAt) {
        this.communityId = communityId;
        this.household = household;
        this.name = name;
        this.cardCode = cardCode;
        this.createdAt = createdAt;
        this.searchKey = ResidentSearchKey.of(name, null, cardCode);
    }

    public long getCommunityId() { return communityId; }
    public Household getHousehold() { return household; }
    public String getName() { return name; }
    public @Nullable Gender getGender() { return gender; }
    public @Nullable Integer getBirthYear() { return birthYear; }
    public @Nullable String getPhone() { return phone; }
    public @Nullable String getNotes() { return notes; }
    public String getCardCode() { return cardCode; }
    public String getSearchKey() { return searchKey; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public Set<ResidentTag> getTags() { return tags.isEmpty() ? EnumSet.noneOf(ResidentTag.class) : EnumSet.copyOf(tags); }

    void update(Household household, String name, @Nullable Gender gender, @Nullable Integer birthYear,
            @Nullable String phone, @Nullable String notes, Set<ResidentTag> tags) {
        this.household = household;
        this.name = name;
        this.gender = gender;
        this.birthYear = birthYear;
        this.phone = phone;
        this.notes = notes;
        this.tags.clear();
        this.tags.addAll(tags);
        this.searchKey = ResidentSearchKey.of(name, phone, cardCode);
    }

    /** A new card: the old code stops working at once. */
    void reissueCard(String newCardCode) {
        this.cardCode = newCardCode;
        this.searchKey = ResidentSearchKey.of(name, phone, cardCode);
    }

    /** A compact description for the audit trail (the phone is masked there too). */
    String auditState() {
        return "name=" + name + ", household=" + household.getId() + ", gender=" + gender + ", birthYear="
                + birthYear + ", phone=" + PhoneNumbers.mask(phone) + ", tags=" + tags;
    }
}
