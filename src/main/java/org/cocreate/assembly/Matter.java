package org.cocreate.assembly;

/**
 * The matters the owners decide together (业主共同决定事项), in the order of article 278, paragraph 1 of the
 * Civil Code. Items 6 to 8 are {@linkplain #special() special}: paragraph 2 wants three quarters of the
 * participating area and heads for them, more than half for the others.
 */
public enum Matter {

    /** Item 1: making and amending the assembly's rules of procedure (业主大会议事规则). */
    RULES_OF_PROCEDURE,
    /** Item 2: making and amending the management covenant (管理规约). */
    MANAGEMENT_COVENANT,
    /** Item 3: electing the owners' committee or replacing its members. */
    COMMITTEE,
    /** Item 4: engaging or dismissing the property management company or another manager. */
    PROPERTY_MANAGEMENT,
    /** Item 5: using the maintenance fund of the buildings and their facilities. */
    USE_FUND,
    /** Item 6: raising the maintenance fund. */
    RAISE_FUND,
    /** Item 7: rebuilding or renovating the buildings and their facilities. */
    RENOVATE,
    /** Item 8: changing the use of common parts, or running a business on them. */
    CHANGE_USE,
    /** Item 9: other major matters of the owners' common ownership and common management. */
    OTHER;

    public String translationKey() {
        return "assembly.matter." + name();
    }

    /** Items 6 to 8: they cost the owners money or change what they own in common, hence three quarters. */
    public boolean special() {
        return this == RAISE_FUND || this == RENOVATE || this == CHANGE_USE;
    }
}
