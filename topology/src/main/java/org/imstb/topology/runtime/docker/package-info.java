/**
 * The docker runtime: a lab as a Docker Compose project {@code imstb-<lab>} of containers running the one
 * {@code imstb} image (docker/Dockerfile). {@link org.imstb.topology.runtime.docker.ComposeFile} turns a planned lab
 * into the compose document; {@link org.imstb.topology.runtime.docker.DockerRuntime} writes it into the run directory
 * and drives {@code docker compose} where a Docker engine exists.
 */
package org.imstb.topology.runtime.docker;
