package io.tarn.storage;

/**
 * Lake's pricing options, which fix the default and the allowed retention (spec 2.1).
 */
public enum BillingMode
{
    EXTENDABLE_RETENTION_PRICING(366, 7, 3653),
    FIXED_RETENTION_PRICING(2557, 7, 2557);

    private final int defaultRetentionDays;
    private final int minimumRetentionDays;
    private final int maximumRetentionDays;

    BillingMode(int defaultRetentionDays, int minimumRetentionDays, int maximumRetentionDays)
    {
        this.defaultRetentionDays = defaultRetentionDays;
        this.minimumRetentionDays = minimumRetentionDays;
        this.maximumRetentionDays = maximumRetentionDays;
    }

    public int defaultRetentionDays()
    {
        return defaultRetentionDays;
    }

    public int minimumRetentionDays()
    {
        return minimumRetentionDays;
    }

    public int maximumRetentionDays()
    {
        return maximumRetentionDays;
    }
}
