package vn.soat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.soat.model.DataCutoff;
import vn.soat.model.ReportModel;
import vn.soat.model.ReportedPeriod;
import vn.soat.parse.LetterReference;
import vn.soat.profile.DataPeriods;
import vn.soat.request.ReportRequest;

/**
 * The facts that set a report beside what was asked of it (docs/domain.md §7a): the request letter and how
 * the opening cites it, the deadline, the data cut-off (the letter's, else NĐ09's for the reported period)
 * and the data periods the report states.
 */
final class RequestFacts {

    private RequestFacts() {
    }

    static List<Object> of(ReportModel model, ReportRequest request, Optional<ReportedPeriod> reported) {
        List<Object> facts = new ArrayList<>();
        request.letter().ifPresent(letter -> {
            facts.add(letter);
            facts.add(LetterReference.compare(model, letter));
        });
        request.deadline().ifPresent(facts::add);
        Optional<DataCutoff> cutoff = request.cutoff().or(() -> reported.map(DataPeriods::decreeCutoff));
        cutoff.ifPresent(facts::add);
        facts.addAll(DataPeriods.read(model, cutoff));
        return facts;
    }
}
