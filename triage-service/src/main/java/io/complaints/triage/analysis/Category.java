package io.complaints.triage.analysis;

import java.util.Locale;

/** What the complaint is about. */
public enum Category {
    PRODUCT_QUALITY, DELIVERY, BILLING_REFUND, SERVICE_BEHAVIOUR, UNMET_EXPECTATIONS, ACCOUNT_TECHNICAL, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
