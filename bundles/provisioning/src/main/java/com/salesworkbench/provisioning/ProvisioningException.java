package com.salesworkbench.provisioning;

/** A provisioning request cannot be carried out; the message says what and why. */
public class ProvisioningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProvisioningException(String message) {
        super(message);
    }

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
