/**
 * The HSS subscriber store over JDBC/H2: {@link org.imstb.hss.store.SubscriberStore}.
 */
package org.imstb.hss.store;
