package org.cocreate.exchange;

public enum SessionStatus {
    OPEN,
    CLOSED;

    public String translationKey() {
        return "exchange.sessionStatus." + name();
    }
}
