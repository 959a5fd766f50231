package org.vangnet.takedowns;

/** Services that hash images on the person's own device, so platforms can block them. */
public enum HashService {
    /** For adults' images. */
    STOPNCII,
    /** NCMEC's, for images made before 18. */
    TAKE_IT_DOWN
}
