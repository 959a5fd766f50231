package org.vangnet.dossier;

/** A dossier made: the file name to offer and the PDF's bytes. */
public record DossierFile(String fileName, byte[] content) {
}
