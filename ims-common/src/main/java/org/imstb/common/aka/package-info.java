/**
 * 3GPP AKA for the IMS testbed: the MILENAGE algorithm set (TS 35.206), authentication vector generation and
 * SQN resynchronisation on the HSS side (TS 33.102 §6.3), and a software USIM for the scriptable UE.
 *
 * <p>Byte arrays passed in are never retained and byte arrays returned are always fresh copies.
 */
package org.imstb.common.aka;
