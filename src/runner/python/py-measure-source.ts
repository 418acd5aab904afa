/**
 * Python source: the timing loop for growth measurement, the same method as the JavaScript
 * one (harness/measure.ts): probe, calibrate batches to at least minBatchMs, warm up, time
 * batches and keep the lower decile. It runs in Python so that no call crosses into
 * JavaScript inside the timer. Needs the values and harness sources loaded first.
 */
export const PY_MEASURE = String.raw`
COPY_BUDGET_CHARS = 8000000
COPY_TIME_BATCHES = 4
CALIBRATION_LIMIT = 3
MAX_BATCH = 1 << 22
WARM_SHARE = 0.3


def _next_batch(calls, elapsed, min_ms, max_calls):
    grown = -(-(calls * min_ms * 1.2) // elapsed) if elapsed > 0 else calls * 10
    return int(max(calls + 1, min(max_calls, calls * 100, grown)))


def _copies(weight, prep_ms, min_ms):
    by_memory = COPY_BUDGET_CHARS // max(1, weight)
    by_time = int((COPY_TIME_BATCHES * min_ms) // prep_ms) if prep_ms > 0 else MAX_BATCH
    return max(1, min(MAX_BATCH, by_memory, by_time))


def _subject(args):
    spec, entry = _state['spec'], _state['entry']
    pristine = _json.dumps(args)
    shapes = spec['paramShapes']
    if spec['kind'] == 'class':
        def prepare():
            return _json.loads(pristine)

        def call(calls):
            instance = entry(*calls[0][1:])
            for c in calls[1:]:
                _method(instance, c[0])(*c[1:])
            return True

        def changed(value):
            return _json.dumps(value) != pristine
    else:
        def prepare():
            return [to_user_shape(a, shapes[i] if i < len(shapes) else 'json')
                    for i, a in enumerate(_json.loads(pristine))]

        def call(values):
            return entry(*values)

        def changed(values):
            try:
                back = [to_json(from_user_shape(v, shapes[i] if i < len(shapes) else 'json'))
                        for i, v in enumerate(values)]
                return _json.dumps(back) != pristine
            except BaseException:
                return True
    return prepare, call, changed, len(pristine)


def measure(args_json, names_json, request_json):
    """Times the loaded entry on one generated input; returns JSON (timing or error)."""
    _state['names'] = _json.loads(names_json)
    req = _json.loads(request_json)
    clock = _time.perf_counter
    try:
        prepare, call, changed, weight = _subject(_json.loads(args_json))
        t = clock()
        shared = prepare()
        prep_ms = (clock() - t) * 1000
        t = clock()
        value = call(shared)
        probe_ms = (clock() - t) * 1000
        returned_nothing = value is None
        mutates = changed(shared)
        min_ms = req['minBatchMs']
        max_calls = _copies(weight, prep_ms, min_ms) if mutates else MAX_BATCH

        def batch(calls):
            wall = clock()
            inputs = [prepare() for _ in range(calls)] if mutates else None
            started = clock()
            if inputs is None:
                for _ in range(calls):
                    call(shared)
            else:
                for x in inputs:
                    call(x)
            ended = clock()
            return (ended - started) * 1000, (ended - wall) * 1000, (started - wall) * 1000

        calls, batch_ms, batch_wall, warm_ms = 1, probe_ms, probe_ms, probe_ms
        warm_target = req['sampleMs'] * WARM_SHARE
        while batch_ms < min_ms and calls < max_calls and warm_ms < warm_target * CALIBRATION_LIMIT:
            calls = _next_batch(calls, batch_ms, min_ms, max_calls)
            batch_ms, batch_wall, copy_ms = batch(calls)
            warm_ms += batch_wall
            if mutates and copy_ms > 0:
                max_calls = min(max_calls, max(calls, _copies(weight, copy_ms / calls, min_ms)))
        while warm_ms + batch_wall <= warm_target:
            warm_ms += batch(calls)[1]
        per_call, spent = [], 0.0
        sample_ms = req['sampleMs']
        target = 1 if batch_wall > sample_ms else (2 if batch_wall * 3 > sample_ms else 3)
        min_samples = min(req['maxSamples'], target)
        while len(per_call) < req['maxSamples'] and (
                len(per_call) < min_samples or spent + batch_wall <= sample_ms):
            ms, wall, _ = batch(calls)
            spent += wall
            per_call.append(ms / calls)
        readable = sorted(x for x in per_call if x > 0)
        ordered = sorted(per_call)
        mid = len(ordered) // 2
        median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
        timing = {'ms': readable[int(0.1 * (len(readable) - 1))] if readable else 0,
                  'medianMs': median, 'samples': len(per_call), 'callsPerBatch': calls,
                  'returnedNothing': returned_nothing and _state['spec']['kind'] != 'class',
                  'mutatesInput': mutates}
        result = {'ok': True, 'timing': timing}
    except BaseException as exc:
        result = {'ok': False, 'error': _describe(exc)}
    _output.take()
    return _json.dumps(result)
`;
