package io.srconnector.sync.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.srconnector.sync.RemoteRecord;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page-route step that turns each record into one record per element of a list it fetched, e.g. a job's job ads
 * ({@code GET /jobs/{jobId}/jobads}, a bare array) or an application's interviews ({@code content[]}):
 * {@code childRecords.split('/jobs/{jobId}/jobads', '', '/jobs/{jobId}/jobads', 'jobAdId')}. A child's remote id is the
 * element's {@code id}; it keeps its parent's path variables and gets {@code idVariable} = its id; its remote_data is
 * the element under {@code childKey}. Elements without an id are skipped.
 */
@Component("childRecords")
public class ChildRecords {

    /**
     * @param listKey    remote_data key of the fetched list body
     * @param pointer    JSON pointer of the array in that body ({@code ""} for a bare array)
     * @param childKey   remote_data key of an element on the child record
     * @param idVariable path variable that receives the element's id
     */
    @SuppressWarnings("unchecked")
    public void split(String listKey, String pointer, String childKey, String idVariable, Exchange exchange) {
        List<RemoteRecord> parents = exchange.getIn().getBody(List.class);
        exchange.getIn().setBody(children(parents, listKey, pointer, childKey, idVariable));
    }

    /** The split as a function (see {@link #split(String, String, String, String, Exchange)}). */
    public static List<RemoteRecord> children(List<RemoteRecord> parents, String listKey, String pointer, String childKey,
                                           String idVariable) {
        List<RemoteRecord> out = new ArrayList<>();
        for (RemoteRecord p : parents) {
            JsonNode list = pointer.isEmpty() ? p.get(listKey) : p.get(listKey).at(pointer);
            for (JsonNode e : list) {
                JsonNode id = e.path("id");
                if (!id.isValueNode() || id.asText().isBlank()) {
                    continue;
                }
                Map<String, String> vars = new HashMap<>(p.vars());
                vars.remove("id");
                vars.put(idVariable, id.asText());
                out.add(new RemoteRecord(id.asText(), vars, childKey, e));
            }
        }
        return out;
    }
}
