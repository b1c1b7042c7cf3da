/**
 * Cx User-Data: the TS 29.228 Annex E IMSSubscription XML rendered from the store's
 * {@link org.imstb.hss.model.SubscriptionData}.
 */
package org.imstb.hss.userdata;
