package vn.soat.parse;

import java.util.Optional;
import java.util.Set;
import vn.soat.model.Citation;
import vn.soat.model.LetterCitation;
import vn.soat.model.Location;
import vn.soat.model.ReportModel;
import vn.soat.model.RequestCitation;
import vn.soat.model.RequestLetter;

/**
 * The report's opening citation set beside the request letter it is checked against (docs/domain.md §5):
 * number-symbols compared as citations are ({@link CitationIdentity}: no case, no lost hyphens, no leading
 * zeros), dates by the day, issuers leniently ({@code Sở Ngoại vụ} = {@code Sở Ngoại vụ tỉnh Thanh Hóa} =
 * {@code SNgV}).
 */
public final class LetterReference {

    private LetterReference() {
    }

    public static LetterCitation compare(ReportModel report, RequestLetter letter) {
        Optional<RequestCitation> request = report.request();
        Citation cited = request.map(RequestCitation::citation).orElse(Citation.unwritten(report.document().location(), ""));
        String citedNumber = cited.numberSymbol();
        boolean sameNumber = !citedNumber.isEmpty() && !letter.numberSymbol().isEmpty()
                && CitationIdentity.number(citedNumber).equals(CitationIdentity.number(letter.numberSymbol()))
                && CitationIdentity.normalised(CitationIdentity.symbol(citedNumber))
                        .equals(CitationIdentity.normalised(CitationIdentity.symbol(letter.numberSymbol())));
        boolean sameDate = cited.epochDay() >= 0 && cited.epochDay() == letter.epochDay();
        String citedIssuer = request.map(RequestCitation::requester).filter(r -> !r.isBlank()).orElse(cited.issuer());
        Set<String> citedWords = RequesterMatcher.tokens(citedIssuer);
        Set<String> letterWords = RequesterMatcher.tokens(letter.issuer());
        boolean sameIssuer = !citedWords.isEmpty() && !letterWords.isEmpty()
                && (citedWords.containsAll(letterWords) || letterWords.containsAll(citedWords));
        Location at = request.map(RequestCitation::location).orElse(report.document().location());
        String excerpt = request.map(RequestCitation::excerpt).orElse("");
        return new LetterCitation(request.isPresent(), sameNumber, sameDate, sameIssuer, cited.dated() && cited.epochDay() >= 0,
                !citedWords.isEmpty(), citedNumber, cited.dateText(), citedIssuer, letter.numberSymbol(), letter.dateText(),
                letter.issuer(), letter.display(), at, excerpt);
    }
}
