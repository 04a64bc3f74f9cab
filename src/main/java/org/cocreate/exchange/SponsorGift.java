package org.cocreate.exchange;

/** What a sponsor gave of an item, and how much of it residents have redeemed (their share of it). */
public record SponsorGift(String sponsor, long itemId, String itemName, String unit, long given, long redeemed) {
}
