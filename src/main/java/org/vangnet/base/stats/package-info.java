/** Small statistics the reports share (percentiles from histograms kept in SQL). */
package org.vangnet.base.stats;
