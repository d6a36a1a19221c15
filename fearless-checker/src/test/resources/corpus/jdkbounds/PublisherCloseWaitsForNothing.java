// A SubmissionPublisher is no executor: close() returns before the subscriber has seen the items.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

class PublisherCloseWaitsForNothing {
    List<String> collect(List<String> lines) {
        List<String> received = new ArrayList<>();
        SubmissionPublisher<String> publisher = new SubmissionPublisher<>();
        publisher.subscribe(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String item) {
                received.add(item);
            }

            @Override
            public void onError(Throwable failure) {
            }

            @Override
            public void onComplete() {
            }
        });
        lines.forEach(publisher::submit);
        publisher.close(); // closing does not wait for the subscriber to receive the items
        received.sort(null);
        return received;
    }
}
