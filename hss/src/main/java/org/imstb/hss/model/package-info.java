/**
 * HSS data model after TS 29.228: subscriptions (IMSU), private identities (IMPI) with AKA or digest credentials,
 * public identities (IMPU, PSI, wildcarded PSI) with implicit registration sets, shared service profiles with
 * initial filter criteria, application servers, S-CSCFs and registration state. All types are immutable.
 */
package org.imstb.hss.model;
