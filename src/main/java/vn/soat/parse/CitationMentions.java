package vn.soat.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.soat.model.Citation;
import vn.soat.model.RequestCitation;

/**
 * The body's citations as facts, each document judged once: the request letter is marked (it is
 * judged by CIT_REQUEST_AFTER_REPORT), and a later mention of a document already cited is marked
 * as such, so that a slip in it is reported at its first mention only. A date written once for a
 * list of numbers is judged at the number it follows.
 */
final class CitationMentions {

    private CitationMentions() {
    }

    static List<Citation> of(List<CitationScanner.Found> scanned, Optional<RequestCitation> request) {
        Map<String, List<Citation>> earlier = new HashMap<>();
        List<Citation> citations = new ArrayList<>();
        for (CitationScanner.Found f : scanned) {
            Citation found = f.citation();
            boolean isRequest = request.filter(r -> r.citation().numberSymbol().equals(found.numberSymbol())
                    && r.location().line() == found.location().line()).isPresent();
            Citation c = isRequest ? found.asRequest() : found;
            List<Citation> before = earlier.computeIfAbsent(CitationIdentity.key(c), k -> new ArrayList<>());
            boolean restated = f.sharedDate() || !before.isEmpty()
                    && (!c.dated() || before.stream().anyMatch(e -> CitationIdentity.sameDate(e, found)));
            citations.add(c.mentioned(before.isEmpty(), restated));
            before.add(c);
        }
        return List.copyOf(citations);
    }
}
