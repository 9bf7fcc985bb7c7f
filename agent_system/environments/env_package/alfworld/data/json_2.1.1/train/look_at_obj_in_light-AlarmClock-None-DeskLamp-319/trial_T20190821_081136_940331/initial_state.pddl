(define (problem plan_trial_T20190821_081136_940331)
    (:domain alfred)
    (:objects
        agent1 - agent
        AlarmClockType - otype
        BasketBallType - otype
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SafeType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        AlarmClock_bar__minus_00_dot_29_bar__plus_02_dot_60_bar__plus_00_dot_06 - object
        AlarmClock_bar__plus_01_dot_80_bar__plus_01_dot_53_bar__plus_00_dot_97 - object
        CreditCard_bar__minus_01_dot_59_bar__plus_00_dot_86_bar__minus_01_dot_93 - object
        BasketBall_bar__plus_03_dot_43_bar__plus_02_dot_52_bar__minus_00_dot_39 - object
        DeskLamp_bar__plus_01_dot_03_bar__plus_01_dot_98_bar__minus_01_dot_52 - object
        Bed_bar__minus_02_dot_11_bar__plus_01_dot_90_bar__plus_02_dot_04 - receptacle
        Desk_bar__plus_00_dot_99_bar__plus_00_dot_45_bar__plus_00_dot_27 - receptacle
        Drawer_bar__minus_02_dot_58_bar__plus_00_dot_74_bar__plus_00_dot_46 - receptacle
        Drawer_bar__minus_01_dot_22_bar__plus_03_dot_46_bar__plus_03_dot_03 - receptacle
        Drawer_bar__minus_02_dot_61_bar__plus_01_dot_23_bar__minus_00_dot_18 - receptacle
        Safe_bar__plus_00_dot_10_bar__plus_03_dot_47_bar__plus_02_dot_53 - receptacle
        SideTable_bar__minus_00_dot_77_bar__plus_02_dot_29_bar__plus_00_dot_55 - receptacle
        SideTable_bar__minus_03_dot_22_bar__plus_00_dot_04_bar__plus_01_dot_71 - receptacle
        loc_bar_0_bar_6_bar_3_bar_15 - location
        loc_bar_0_bar__minus_1_bar_1_bar_15 - location
        loc_bar_1_bar_0_bar_1_bar_0 - location
        loc_bar_2_bar_0_bar_1_bar_15 - location
        loc_bar_3_bar_6_bar_3_bar_15 - location
        loc_bar_6_bar__minus_3_bar_3_bar_0 - location
        loc_bar__minus_2_bar__minus_9_bar_3_bar_45 - location
        loc_bar__minus_6_bar__minus_6_bar_1_bar_15 - location
        loc_bar__minus_6_bar__minus_7_bar_2_bar_45 - location
    )
    (:init
        (atLocation agent1 loc_bar_1_bar_0_bar_1_bar_0)
        (receptacleType Bed_bar__minus_02_dot_11_bar__plus_01_dot_90_bar__plus_02_dot_04 BedType)
        (receptacleAtLocation Bed_bar__minus_02_dot_11_bar__plus_01_dot_90_bar__plus_02_dot_04 loc_bar__minus_6_bar__minus_6_bar_1_bar_15)
        (receptacleType Desk_bar__plus_00_dot_99_bar__plus_00_dot_45_bar__plus_00_dot_27 DeskType)
        (receptacleAtLocation Desk_bar__plus_00_dot_99_bar__plus_00_dot_45_bar__plus_00_dot_27 loc_bar_2_bar_0_bar_1_bar_15)
        (receptacleType Drawer_bar__minus_02_dot_58_bar__plus_00_dot_74_bar__plus_00_dot_46 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_58_bar__plus_00_dot_74_bar__plus_00_dot_46 loc_bar_6_bar__minus_3_bar_3_bar_0)
        (openable Drawer_bar__minus_02_dot_58_bar__plus_00_dot_74_bar__plus_00_dot_46)
        (receptacleType Drawer_bar__minus_01_dot_22_bar__plus_03_dot_46_bar__plus_03_dot_03 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_01_dot_22_bar__plus_03_dot_46_bar__plus_03_dot_03 loc_bar__minus_2_bar__minus_9_bar_3_bar_45)
        (openable Drawer_bar__minus_01_dot_22_bar__plus_03_dot_46_bar__plus_03_dot_03)
        (receptacleType Drawer_bar__minus_02_dot_61_bar__plus_01_dot_23_bar__minus_00_dot_18 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_61_bar__plus_01_dot_23_bar__minus_00_dot_18 loc_bar_3_bar_6_bar_3_bar_15)
        (openable Drawer_bar__minus_02_dot_61_bar__plus_01_dot_23_bar__minus_00_dot_18)
        (receptacleType Safe_bar__plus_00_dot_10_bar__plus_03_dot_47_bar__plus_02_dot_53 SafeType)
        (receptacleAtLocation Safe_bar__plus_00_dot_10_bar__plus_03_dot_47_bar__plus_02_dot_53 loc_bar_0_bar_6_bar_3_bar_15)
        (openable Safe_bar__plus_00_dot_10_bar__plus_03_dot_47_bar__plus_02_dot_53)
        (receptacleType SideTable_bar__minus_00_dot_77_bar__plus_02_dot_29_bar__plus_00_dot_55 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_00_dot_77_bar__plus_02_dot_29_bar__plus_00_dot_55 loc_bar_0_bar__minus_1_bar_1_bar_15)
        (receptacleType SideTable_bar__minus_03_dot_22_bar__plus_00_dot_04_bar__plus_01_dot_71 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_03_dot_22_bar__plus_00_dot_04_bar__plus_01_dot_71 loc_bar__minus_6_bar__minus_7_bar_2_bar_45)
        (objectType AlarmClock_bar__minus_00_dot_29_bar__plus_02_dot_60_bar__plus_00_dot_06 AlarmClockType)
        (pickupable AlarmClock_bar__minus_00_dot_29_bar__plus_02_dot_60_bar__plus_00_dot_06)
        (inReceptacle AlarmClock_bar__minus_00_dot_29_bar__plus_02_dot_60_bar__plus_00_dot_06 SideTable_bar__minus_03_dot_22_bar__plus_00_dot_04_bar__plus_01_dot_71)
        (objectAtLocation AlarmClock_bar__minus_00_dot_29_bar__plus_02_dot_60_bar__plus_00_dot_06 loc_bar__minus_6_bar__minus_7_bar_2_bar_45)
        (objectType AlarmClock_bar__plus_01_dot_80_bar__plus_01_dot_53_bar__plus_00_dot_97 AlarmClockType)
        (pickupable AlarmClock_bar__plus_01_dot_80_bar__plus_01_dot_53_bar__plus_00_dot_97)
        (inReceptacle AlarmClock_bar__plus_01_dot_80_bar__plus_01_dot_53_bar__plus_00_dot_97 SideTable_bar__minus_03_dot_22_bar__plus_00_dot_04_bar__plus_01_dot_71)
        (objectAtLocation AlarmClock_bar__plus_01_dot_80_bar__plus_01_dot_53_bar__plus_00_dot_97 loc_bar__minus_6_bar__minus_7_bar_2_bar_45)
        (objectType CreditCard_bar__minus_01_dot_59_bar__plus_00_dot_86_bar__minus_01_dot_93 CreditCardType)
        (pickupable CreditCard_bar__minus_01_dot_59_bar__plus_00_dot_86_bar__minus_01_dot_93)
        (inReceptacle CreditCard_bar__minus_01_dot_59_bar__plus_00_dot_86_bar__minus_01_dot_93 Drawer_bar__minus_01_dot_22_bar__plus_03_dot_46_bar__plus_03_dot_03)
        (objectAtLocation CreditCard_bar__minus_01_dot_59_bar__plus_00_dot_86_bar__minus_01_dot_93 loc_bar__minus_2_bar__minus_9_bar_3_bar_45)
        (objectType BasketBall_bar__plus_03_dot_43_bar__plus_02_dot_52_bar__minus_00_dot_39 BasketBallType)
        (pickupable BasketBall_bar__plus_03_dot_43_bar__plus_02_dot_52_bar__minus_00_dot_39)
        (inReceptacle BasketBall_bar__plus_03_dot_43_bar__plus_02_dot_52_bar__minus_00_dot_39 SideTable_bar__minus_03_dot_22_bar__plus_00_dot_04_bar__plus_01_dot_71)
        (objectAtLocation BasketBall_bar__plus_03_dot_43_bar__plus_02_dot_52_bar__minus_00_dot_39 loc_bar__minus_6_bar__minus_7_bar_2_bar_45)
        (objectType DeskLamp_bar__plus_01_dot_03_bar__plus_01_dot_98_bar__minus_01_dot_52 DeskLampType)
        (toggleable DeskLamp_bar__plus_01_dot_03_bar__plus_01_dot_98_bar__minus_01_dot_52)
        (inReceptacle DeskLamp_bar__plus_01_dot_03_bar__plus_01_dot_98_bar__minus_01_dot_52 SideTable_bar__minus_00_dot_77_bar__plus_02_dot_29_bar__plus_00_dot_55)
        (objectAtLocation DeskLamp_bar__plus_01_dot_03_bar__plus_01_dot_98_bar__minus_01_dot_52 loc_bar_0_bar__minus_1_bar_1_bar_15)
        (canContain BedType BasketBallType)
        (canContain DeskType AlarmClockType)
        (canContain DeskType BasketBallType)
        (canContain DeskType CreditCardType)
        (canContain DrawerType CreditCardType)
        (canContain SafeType CreditCardType)
        (canContain SideTableType AlarmClockType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType CreditCardType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o AlarmClockType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
