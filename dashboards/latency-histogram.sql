-- latency-histogram: log2 latency buckets with cumulative counts and CDF, per policy and kind
-- @param run String required
-- @param policy String default ''
-- @param kind String default ''
-- @param file String default ''
-- Bucket i holds 2^i <= latency_us < 2^(i+1); bucket 0 also takes everything below 1 us.
-- file '' selects the policy totals. No window functions (ClickHouse 18.16): the running sum
-- is arrayCumSum over the buckets sorted per (policy, kind), unfolded with ARRAY JOIN.
SELECT
  policy,
  kind,
  bucket,
  if(bucket = 0, 0, pow(2, bucket)) AS lower_us,
  pow(2, bucket + 1) AS upper_us,
  samples,
  cumulative,
  if(total = 0, NULL, cumulative / total) AS cdf
FROM
(
  SELECT
    policy,
    policy_index,
    kind,
    arraySort(groupArray((bucket, samples))) AS pairs,
    arrayMap(p -> tupleElement(p, 1), pairs) AS buckets,
    arrayMap(p -> tupleElement(p, 2), pairs) AS counts,
    arrayCumSum(counts) AS cums,
    arraySum(counts) AS total
  FROM latency_histograms FINAL
  WHERE run_id = {run:String}
    AND run_id IN (SELECT run_id FROM runs FINAL WHERE run_id = {run:String})
    AND file = {file:String}
    AND ({policy:String} = '' OR policy = {policy:String})
    AND ({kind:String} = '' OR kind = {kind:String})
  GROUP BY policy, policy_index, kind
)
ARRAY JOIN buckets AS bucket, counts AS samples, cums AS cumulative
ORDER BY policy_index, policy, kind, bucket
