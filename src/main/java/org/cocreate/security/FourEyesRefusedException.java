package org.cocreate.security;

import org.cocreate.base.RefusedException;

/** A four-eyes step refused because the acting account is not independent of the recording one (see FourEyes). */
public class FourEyesRefusedException extends RefusedException {

    FourEyesRefusedException(String messageKey) {
        super(messageKey);
    }
}
