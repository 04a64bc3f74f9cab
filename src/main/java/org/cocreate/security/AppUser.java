package org.cocreate.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A person who signs in: staff, committee member, counter volunteer or supervisor. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    private boolean mustChangePassword;

    @Column(nullable = false)
    private String locale = "zh-CN";

    private @Nullable Long subdistrictId;

    @Column(nullable = false)
    private LocalDateTime createdAt;

    /** The admin who created the account; null for the accounts of the demo data and the set-up. */
    private @Nullable String createdBy;

    /** The admin who last set a temporary password for the account, and when. */
    private @Nullable String passwordResetBy;

    private @Nullable LocalDateTime passwordResetAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_community", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "community_id")
    private Set<Long> communityIds = new HashSet<>();

    protected AppUser() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = LocalDateTime.MIN;
    }

    AppUser(String username, String displayName, String passwordHash, LocalDateTime createdAt,
            @Nullable String createdBy) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        // A password set by somebody else is temporary until its owner changes it.
        this.mustChangePassword = true;
    }

    void passwordChanged() {
        this.mustChangePassword = false;
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public String getLocale() { return locale; }
    public @Nullable Long getSubdistrictId() { return subdistrictId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public @Nullable String getCreatedBy() { return createdBy; }
    public @Nullable String getPasswordResetBy() { return passwordResetBy; }
    public @Nullable LocalDateTime getPasswordResetAt() { return passwordResetAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public Set<Long> getCommunityIds() { return Set.copyOf(communityIds); }

    void setDisplayName(String displayName) { this.displayName = displayName; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void setLocale(String locale) { this.locale = locale; }
    void setSubdistrictId(@Nullable Long subdistrictId) { this.subdistrictId = subdistrictId; }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setCommunityIds(Set<Long> communityIds) {
        this.communityIds.clear();
        this.communityIds.addAll(communityIds);
    }

    void changePassword(String newHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    /** An admin set a temporary password: they knew a password of this account (see FourEyes). */
    void passwordReset(String newHash, String resetBy, LocalDateTime at) {
        changePassword(newHash, true);
        this.passwordResetBy = resetBy;
        this.passwordResetAt = at;
    }

    boolean isSubdistrictAdmin() {
        return subdistrictId != null;
    }

    /** A short, password-free description for the audit trail. */
    String auditState() {
        return "username=" + username + ", name=" + displayName + ", enabled=" + enabled + ", roles=" + roles
                + ", communities=" + communityIds + ", subdistrict=" + subdistrictId;
    }
}
