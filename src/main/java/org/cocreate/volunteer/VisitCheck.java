package org.cocreate.volunteer;

/** What volunteers look at on a home visit (双阳走访): the safety of the home and how the resident is. */
public enum VisitCheck {
    ELECTRICITY, GAS, HYGIENE, MEDICINE, MOOD;

    public String translationKey() {
        return "volunteer.visit.check." + name();
    }
}
