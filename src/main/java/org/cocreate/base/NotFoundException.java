package org.cocreate.base;

/** The thing asked for does not exist, or is not visible to the user (which must look the same). */
public class NotFoundException extends RefusedException {

    public NotFoundException() {
        super("error.notFound");
    }
}
