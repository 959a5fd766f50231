/** The referral directory's screens: the administrators' list, the home page's cards and the case file's referral tab. */
package org.vangnet.directory.ui;
