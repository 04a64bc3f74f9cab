package org.cocreate.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the resident form edits. */
public class ResidentDraft {

    @NotBlank
    @Size(max = 50)
    private String name = "";

    private @Nullable Gender gender;

    @Min(1900)
    @Max(2100)
    private @Nullable Integer birthYear;

    @Size(max = 20)
    private @Nullable String phone;

    @NotNull(message = "{resident.household.required}")
    private @Nullable Long householdId;

    @Size(max = 1000)
    private @Nullable String notes;

    private Set<ResidentTag> tags = EnumSet.noneOf(ResidentTag.class);

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable Gender getGender() { return gender; }
    public void setGender(@Nullable Gender gender) { this.gender = gender; }
    public @Nullable Integer getBirthYear() { return birthYear; }
    public void setBirthYear(@Nullable Integer birthYear) { this.birthYear = birthYear; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable Long getHouseholdId() { return householdId; }
    public void setHouseholdId(@Nullable Long householdId) { this.householdId = householdId; }
    public @Nullable String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = notes; }
    public Set<ResidentTag> getTags() { return tags; }
    public void setTags(Set<ResidentTag> tags) { this.tags = tags.isEmpty() ? EnumSet.noneOf(ResidentTag.class) : EnumSet.copyOf(tags); }
}
