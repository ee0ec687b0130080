/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["monitoring.camera"] = {
 "id": "monitoring.camera",
 "title": "celery events --camera: snapshots as they are taken",
 "scenario": {
  "id": "monitoring.camera",
  "title": "celery events --camera: snapshots as they are taken",
  "slide": "Ecosystem / Monitoring",
  "description": "The stack runs ``celery events --camera demo.monitoring.Camera --frequency 2``;\n    each shutter writes a JSON snapshot. Sends work, then shows the next snapshots.",
  "command": "invoke demo monitoring.camera",
  "timeout": 60,
  "params": [
   {
    "name": "snapshots",
    "type": "integer",
    "default": 2,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "snapshots to wait for"
   }
  ]
 },
 "recorded": "2026-11-24T14:20:12+00:00",
 "broker": "redis://127.0.0.1:54423/0",
 "follow": "events",
 "pools": [
  "prefork"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "snapshots": 2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "689a588fb992",
   "demo": "monitoring.camera",
   "title": "celery events --camera: snapshots as they are taken",
   "params": {
    "snapshots": 2
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo monitoring.camera",
   "timestamp": 1795530012.0026588
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f17b68db-182d-4081-ad30-5017c3b5533e",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530012.0065465,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f17b68db-182d-4081-ad30-5017c3b5533e",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f17b68db-182d-4081-ad30-5017c3b5533e",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0081813,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f17b68db-182d-4081-ad30-5017c3b5533e",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530012.0092218,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5da0296b-d151-4e7e-99be-092dbedbee61",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530012.0112078,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5da0296b-d151-4e7e-99be-092dbedbee61",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8f759409-7d0e-4212-88bc-44307d3f0553",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530012.0135024,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8f759409-7d0e-4212-88bc-44307d3f0553",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0137684,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530012.016678,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f17b68db-182d-4081-ad30-5017c3b5533e",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.017212,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0172546,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f17b68db-182d-4081-ad30-5017c3b5533e",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0217776,
   "pid": 24089,
   "runtime": 0.005344458999843482,
   "result": "1",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0218375,
   "pid": 24089,
   "runtime": 0.0062378869999974995,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5da0296b-d151-4e7e-99be-092dbedbee61",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0225651,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5da0296b-d151-4e7e-99be-092dbedbee61",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8f759409-7d0e-4212-88bc-44307d3f0553",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0253727,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8f759409-7d0e-4212-88bc-44307d3f0553",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5da0296b-d151-4e7e-99be-092dbedbee61",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0259497,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5da0296b-d151-4e7e-99be-092dbedbee61",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.029044,
   "pid": 24089,
   "runtime": 0.001664925999875777,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8f759409-7d0e-4212-88bc-44307d3f0553",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0291052,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8f759409-7d0e-4212-88bc-44307d3f0553",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0312865,
   "pid": 24089,
   "runtime": 0.0038222539999424043,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0319395,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0335424,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
   "hostname": "prefork@vm",
   "timestamp": 1795530012.0361183,
   "pid": 24089,
   "runtime": 0.0025902560000758967,
   "result": "5",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 34 events, 6 tasks {'SUCCESS': 6}",
   "data": {
    "file": "snapshot-1795530013.311.json",
    "events": 34,
    "tasks": 6,
    "states": {
     "SUCCESS": 6
    },
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "timestamp": 1795530013.5228353
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "74aedc83-f312-4e21-9566-7d202a369f27",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530013.5246575,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "74aedc83-f312-4e21-9566-7d202a369f27",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "74aedc83-f312-4e21-9566-7d202a369f27",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530013.5280564,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "74aedc83-f312-4e21-9566-7d202a369f27",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "74aedc83-f312-4e21-9566-7d202a369f27",
   "hostname": "prefork@vm",
   "timestamp": 1795530013.5304556,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "74aedc83-f312-4e21-9566-7d202a369f27",
   "hostname": "prefork@vm",
   "timestamp": 1795530013.5342782,
   "pid": 24089,
   "runtime": 0.00286848599989753,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 13 events, 2 tasks {'SUCCESS': 2}",
   "data": {
    "file": "snapshot-1795530015.312.json",
    "events": 13,
    "tasks": 2,
    "states": {
     "SUCCESS": 2
    },
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "timestamp": 1795530015.3283844
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530015.3320084,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
   "name": "demo.basics.add",
   "hostname": "gen24209@vm",
   "timestamp": 1795530015.3327003,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
   "hostname": "prefork@vm",
   "timestamp": 1795530015.337122,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
   "hostname": "prefork@vm",
   "timestamp": 1795530015.341073,
   "pid": 24089,
   "runtime": 0.004218655999920884,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "689a588fb992",
   "demo": "monitoring.camera",
   "status": "succeeded",
   "result": {
    "snapshots": [
     {
      "file": "snapshot-1795530013.311.json",
      "events": 34,
      "tasks": 6,
      "states": {
       "SUCCESS": 6
      },
      "workers": [
       "engines@vm",
       "eventlet@vm",
       "gevent@vm",
       "prefork@vm",
       "threads@vm"
      ]
     },
     {
      "file": "snapshot-1795530015.312.json",
      "events": 13,
      "tasks": 2,
      "states": {
       "SUCCESS": 2
      },
      "workers": [
       "engines@vm",
       "eventlet@vm",
       "gevent@vm",
       "prefork@vm",
       "threads@vm"
      ]
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "f17b68db-182d-4081-ad30-5017c3b5533e",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530012.0217776,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.005344458999843482,
     "result": "1"
    },
    {
     "uuid": "e5a19326-f6f8-4dd9-9a80-d745d3220da4",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530012.0218375,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0062378869999974995,
     "result": "2"
    },
    {
     "uuid": "5da0296b-d151-4e7e-99be-092dbedbee61",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530012.029044,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.001664925999875777,
     "result": "3"
    },
    {
     "uuid": "8f759409-7d0e-4212-88bc-44307d3f0553",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530012.0312865,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0038222539999424043,
     "result": "4"
    },
    {
     "uuid": "1a85af0c-13bc-4225-a19a-f2f72976f5de",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530012.0361183,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0025902560000758967,
     "result": "5"
    },
    {
     "uuid": "74aedc83-f312-4e21-9566-7d202a369f27",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530013.5342782,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.00286848599989753,
     "result": "2"
    },
    {
     "uuid": "7d03cd4a-f997-4f1f-b274-0408f4d7f001",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 24089,
     "at": 1795530015.341073,
     "event": "task-succeeded",
     "runtime": 0.004218655999920884,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530012.0026588,
   "finished": 1795530015.6392913,
   "duration": 3.637,
   "timestamp": 1795530015.639319
  }
 ]
};
