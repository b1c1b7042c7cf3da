package org.imstb.common.cx;

/** Marker for the Cx message records. */
public sealed interface Messages permits UserAuthorizationRequest, UserAuthorizationAnswer, MultimediaAuthRequest,
        MultimediaAuthAnswer, ServerAssignmentRequest, ServerAssignmentAnswer, LocationInfoRequest,
        LocationInfoAnswer, RegistrationTerminationRequest, RegistrationTerminationAnswer, PushProfileRequest,
        PushProfileAnswer {
}
