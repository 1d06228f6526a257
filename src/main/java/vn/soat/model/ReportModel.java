package vn.soat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything the parser found in a report, each fact with its location. Absent parts are empty. */
public record ReportModel(
        Document document,
        DocumentType documentType,
        Optional<HeaderIssuer> issuer,
        Optional<NationalName> nationalName,
        Optional<NationalMotto> nationalMotto,
        Optional<DocumentNumber> number,
        Optional<DocumentDate> date,
        TitleBlock title,
        Optional<Addressees> addressees,
        Optional<RequestCitation> request,
        List<Citation> citations,
        List<Heading> headings,
        List<BodyLine> lines,
        Optional<Recipients> recipients,
        Optional<RequesterDelivery> requesterDelivery,
        List<ListLine> listLines,
        Optional<ContentEnd> contentEnd,
        Optional<SignatureBlock> signature,
        NumberFacts numbers) {

    /** The facts to insert into a rule session. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(document);
        facts.add(documentType);
        facts.add(title);
        issuer.ifPresent(facts::add);
        nationalName.ifPresent(facts::add);
        nationalMotto.ifPresent(facts::add);
        number.ifPresent(facts::add);
        date.ifPresent(facts::add);
        addressees.ifPresent(facts::add);
        request.ifPresent(facts::add);
        facts.addAll(citations);
        facts.addAll(headings);
        recipients.ifPresent(facts::add);
        requesterDelivery.ifPresent(facts::add);
        facts.addAll(listLines);
        contentEnd.ifPresent(facts::add);
        signature.ifPresent(facts::add);
        facts.addAll(numbers.all());
        return facts;
    }
}
