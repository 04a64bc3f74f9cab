package org.cocreate.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the user form edits. The password is only set when a user is created (a temporary one). */
public class UserDraft {

    @NotBlank
    @Size(min = 3, max = 50)
    @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{user.username.pattern}")
    private String username = "";

    @NotBlank
    @Size(max = 50)
    private String displayName = "";

    @NotEmpty(message = "{user.roles.empty}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Set<Long> communityIds = new HashSet<>();

    private boolean subdistrictAdmin;

    private boolean enabled = true;

    private @Nullable String temporaryPassword;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public Set<Long> getCommunityIds() { return communityIds; }
    public void setCommunityIds(Set<Long> communityIds) { this.communityIds = new HashSet<>(communityIds); }
    public boolean isSubdistrictAdmin() { return subdistrictAdmin; }
    public void setSubdistrictAdmin(boolean subdistrictAdmin) { this.subdistrictAdmin = subdistrictAdmin; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public @Nullable String getTemporaryPassword() { return temporaryPassword; }
    public void setTemporaryPassword(@Nullable String temporaryPassword) { this.temporaryPassword = temporaryPassword; }
}
