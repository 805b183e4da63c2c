package io.tarn.benchmarks.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestTrinoSystem
{
    /**
     * The columns as docs/trino-hive.md gives them, verified there against Trino 476.
     */
    @Test
    void testTableDefinitionFollowsTheStoreSchema()
    {
        String ddl = TrinoSystem.createTable("hive.s.t", "/lake/stores/id/data");
        assertThat(ddl)
                .startsWith("CREATE TABLE hive.s.t (\n    eventversion varchar,\n    useridentity row(\"type\" varchar, \"principalid\" varchar, \"arn\" varchar,")
                .contains("\"sessioncontext\" row(\"attributes\" row(\"creationdate\" timestamp(3), \"mfaauthenticated\" varchar)")
                .contains("    eventtime timestamp(3),\n")
                .contains("    requestparameters map(varchar, varchar),\n")
                .contains("    resources array(row(\"accountid\" varchar, \"type\" varchar, \"arn\" varchar, \"arnprefix\" varchar)),\n")
                .contains("    readonly boolean,\n")
                .endsWith("    eventjsonchecksum varchar,\n    eventdate varchar)\n"
                        + "WITH (format = 'ORC', partitioned_by = ARRAY['eventdate'], external_location = 'local:///lake/stores/id/data')");
    }
}
