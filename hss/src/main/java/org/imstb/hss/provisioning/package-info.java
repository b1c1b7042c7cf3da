/**
 * HSS provisioning: the YAML subscriber file ({@link org.imstb.hss.provisioning.ProvisioningFile}), its
 * all-or-nothing import ({@link org.imstb.hss.provisioning.Provisioner}) and the {@code imstb hss} commands
 * ({@link org.imstb.hss.provisioning.HssCommand}).
 */
package org.imstb.hss.provisioning;
